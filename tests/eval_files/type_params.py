"""PEP 695 type parameters run in the enclosing scope, the body in its own."""
# minimum-python: 3.12

type Alias[T] = list[T]


def generic[T: Base](task: T, handler) -> T:
    handler._step_callback(task)
    result = task.execute_sync()
    handler._task_completion_callback(result)
    return result


class Runner[T]:
    def run(self, task: T) -> T:
        return task.execute_sync()  # error: LLO001:16, LLO004:16


async def generic_unwired[T](crew: T) -> T:
    return await crew.kickoff_async()  # error: LLO002:18
