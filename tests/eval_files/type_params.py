"""PEP 695 type parameters run in the enclosing scope, the body in its own."""
# minimum-python: 3.12
import crewai  # CrewAI runs the tasks here: task methods are judged

type Alias[T] = list[T]


def generic[T: Base](task: T, handler) -> T:
    handler._step_callback(task)
    result = task.execute_sync()
    handler._task_completion_callback(result)
    return result


class Runner[T]:
    def run(self, task: T) -> T:
        return task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution


async def generic_unwired[T](crew: T) -> T:
    return await crew.kickoff_async()  # error: LLO002:18 kickoff_async() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
