"""A private or nested helper is wired when every call of it in its module is made where the
work would count as wired: each rule keeps its own notion of wiring at the call site."""
from crewai import Crew, Flow, Task


class Service:
    def run(self, task: Task, handler):
        handler._step_callback(task)
        out = self._execute(task)
        handler._task_completion_callback(out)
        return out

    def _execute(self, task: Task):
        return task.execute_sync()

    def start(self, crew: Crew, handler):
        handler = create_callback_handler()
        return self._kick(crew)

    def _kick(self, crew: Crew):
        return crew.kickoff()


def _kick_everywhere(crew: Crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def wired_caller(crew: Crew):
    create_callback_handler()
    return _kick_everywhere(crew)


def unwired_caller(crew: Crew):
    return _kick_everywhere(crew)


def _used_as_a_value(task: Task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def passes_it_on(task: Task, handler, pool):
    handler._step_callback(task)
    pool.submit(_used_as_a_value, task)
    out = _used_as_a_value(task)
    handler._task_completion_callback(out)


def public_helper(task: Task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def calls_the_public_helper(task: Task, handler):
    handler._step_callback(task)
    out = public_helper(task)
    handler._task_completion_callback(out)


def _never_called(task: Task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def _completion_before_the_call(task: Task, handler):
    handler._step_callback(task)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def records_too_early(task: Task, handler):
    handler._task_completion_callback(None)
    return _completion_before_the_call(task, handler)


class DiscoveryFlow(Flow):
    pass


class Discovery:
    def start(self, inputs):
        discovery_flow = DiscoveryFlow()
        return self._start_discovery_flow_background(discovery_flow, inputs)

    def _start_discovery_flow_background(self, discovery_flow, inputs):
        return discovery_flow.kickoff(inputs=inputs)


def _run_crew(crew, inputs):
    return crew.kickoff(inputs=inputs)


def runs_a_wired_crew(agents, handler):
    return _run_crew(Crew(agents=agents, step_callback=handler), {})


def _run_anything(runnable):
    return runnable.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def passes_a_flow_and_a_crew(agents):
    _run_anything(DiscoveryFlow())
    _run_anything(Crew(agents=agents))


def _run_by_keyword(inputs, flow=None):
    return flow.kickoff(inputs=inputs)


def passes_a_flow_by_keyword(inputs):
    return _run_by_keyword(inputs=inputs, flow=DiscoveryFlow())


def _run_with_a_default(inputs, crew=None):
    return crew.kickoff(inputs=inputs)  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def passes_nothing_once(inputs, agents, handler):
    _run_with_a_default(inputs)
    _run_with_a_default(inputs, Crew(agents=agents, step_callback=handler))


def _run_starred(crew, inputs):
    return crew.kickoff(inputs=inputs)  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def passes_starred(pair):
    return _run_starred(*pair)


def _kick_two_levels_down(crew: Crew):
    return crew.kickoff()


def _kick_one_level_down(crew: Crew):
    return _kick_two_levels_down(crew)


def wires_two_levels_up(crew: Crew):
    create_callback_handler()
    return _kick_one_level_down(crew)


def _deep_unwired(crew: Crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def _middle(crew: Crew):
    return _deep_unwired(crew)


def wires_one_of_two(crew: Crew):
    create_callback_handler()
    _middle(crew)


def forgets_the_handler(crew: Crew):
    _middle(crew)


def _recursive(crew: Crew, n):
    if n:
        return _recursive(crew, n - 1)
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def starts_the_recursion(crew: Crew):
    create_callback_handler()
    return _recursive(crew, 3)


def _completes_in_the_caller(task: Task):
    return task.execute_sync()


def _passes_it_up(task: Task):
    return _completes_in_the_caller(task)


def records_two_levels_up(task: Task, handler):
    handler._step_callback(task)
    out = _passes_it_up(task)
    handler._task_completion_callback(out)
    return out
