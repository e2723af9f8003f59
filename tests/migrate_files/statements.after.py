"""Exemption comments above every shape of statement that real code puts them on."""

import asyncio

import crewai, litellm  # CrewAI runs the tasks below


async def multi_line_call_in_an_await(agent, warmup_input):
    # LLO001,LLO004: Warmup task with mock data - tracking not needed
    await asyncio.wait_for(
        agent.execute_async(inputs=warmup_input), timeout=30.0  # noqa: LLO001,LLO004
    )


def nested_call_in_a_return(self, run_sync):
    return run_sync(
        self.task.execute_async(),  # noqa: LLO001,LLO004  tracking not needed - sync wrapper for tests
    )


def assignment(task):
    result = task.execute_sync()  # noqa: LLO001,LLO004  tracking not needed - dry run
    return result


def with_header_only(task, crew, lock):
    with lock(task.execute_sync()):  # noqa: LLO001,LLO004  tracking not needed - the lock's own step
        crew.kickoff()


def if_header_only(task, crew):
    if task.execute_sync():  # noqa: LLO001,LLO004  tracking not needed - probe
        crew.kickoff()


def two_findings_on_one_line(task, crew):
    return task.execute_sync(), crew.kickoff()  # noqa: LLO001,LLO002,LLO004  tracking not needed - batch harness


def existing_noqa_keeps_its_codes(task):
    task.execute_sync()  # noqa: E501,LLO001,LLO004  tracking not needed - legacy path


def backslash_continuation(task):
    value = 1 + \
        task.execute_sync().count  # noqa: LLO001,LLO004  tracking not needed - continuation
    return value


def multi_line_string(task):
    prompt = """a prompt
    over lines""" + litellm.completion(model="gpt-4o")  # noqa: LLO003  tracking not needed - templated prompt
    return prompt, task


def call_starts_on_a_continued_line(task):
    prompt = ("""a prompt
    """, task.execute_sync())  # noqa: LLO001,LLO004  tracking not needed - starts after the string
    return prompt


def comments_and_blank_lines_between(crew):

    # the nightly job is tracked by the scheduler
    return crew.kickoff()  # noqa: LLO002  tracking not needed - nightly job


def backslash_after_the_call(task):
    value = task.execute_sync() + \
        1  # noqa: LLO001,LLO004  tracking not needed - the noqa goes where the line ends
    return value


def string_continues_after_the_call(task, run):
    return run(task.execute_sync(), """
    a prompt
    """)  # noqa: LLO001,LLO004  tracking not needed - the string ends two lines down


def inside_an_except_clause(task):
    try:
        return None
    except RuntimeError:
        return task.execute_sync()  # noqa: LLO001,LLO004  - e2e harness - tracking not needed


def no_room_for_a_noqa(task, registry, identifier, configuration, scheduling_options_with_a_long_name):
    # OBSERVABILITY: tracking not needed - the line is too long for a noqa
    return task.execute_sync(registry, identifier, configuration, scheduling_options_with_a_long_name)
