"""Exemption comments above every shape of statement that real code puts them on."""

import asyncio

import crewai, litellm  # CrewAI runs the tasks below


async def multi_line_call_in_an_await(agent, warmup_input):
    # OBSERVABILITY: Warmup task with mock data - tracking not needed
    await asyncio.wait_for(
        agent.execute_async(inputs=warmup_input), timeout=30.0
    )


def nested_call_in_a_return(self, run_sync):
    # OBSERVABILITY: tracking not needed - sync wrapper for tests
    return run_sync(
        self.task.execute_async(),
    )


def assignment(task):
    # OBSERVABILITY: tracking not needed - dry run
    result = task.execute_sync()
    return result


def with_header_only(task, crew, lock):
    # OBSERVABILITY: tracking not needed - the lock's own step
    with lock(task.execute_sync()):
        crew.kickoff()


def if_header_only(task, crew):
    # OBSERVABILITY: tracking not needed - probe
    if task.execute_sync():
        crew.kickoff()


def two_findings_on_one_line(task, crew):
    # OBSERVABILITY: tracking not needed - batch harness
    return task.execute_sync(), crew.kickoff()


def existing_noqa_keeps_its_codes(task):
    # OBSERVABILITY: tracking not needed - legacy path
    task.execute_sync()  # noqa: E501


def backslash_continuation(task):
    # OBSERVABILITY: tracking not needed - continuation
    value = 1 + \
        task.execute_sync().count
    return value


def multi_line_string(task):
    # OBSERVABILITY: tracking not needed - templated prompt
    prompt = """a prompt
    over lines""" + litellm.completion(model="gpt-4o")
    return prompt, task


def call_starts_on_a_continued_line(task):
    # OBSERVABILITY: tracking not needed - starts after the string
    prompt = ("""a prompt
    """, task.execute_sync())
    return prompt


def comments_and_blank_lines_between(crew):
    # OBSERVABILITY: tracking not needed - nightly job

    # the nightly job is tracked by the scheduler
    return crew.kickoff()


def backslash_after_the_call(task):
    # OBSERVABILITY: tracking not needed - the noqa goes where the line ends
    value = task.execute_sync() + \
        1
    return value


def string_continues_after_the_call(task, run):
    # OBSERVABILITY: tracking not needed - the string ends two lines down
    return run(task.execute_sync(), """
    a prompt
    """)


def inside_an_except_clause(task):
    try:
        return None
    except RuntimeError:
        # OBSERVABILITY: e2e harness - tracking not needed
        return task.execute_sync()


def no_room_for_a_noqa(task, registry, identifier, configuration, scheduling_options_with_a_long_name):
    # OBSERVABILITY: tracking not needed - the line is too long for a noqa
    return task.execute_sync(registry, identifier, configuration, scheduling_options_with_a_long_name)
