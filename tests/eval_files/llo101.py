"""LLO101: a noqa naming an LLO code that suppresses nothing on its line.

Findings before noqa and the baseline count: a noqa whose finding is there is used.
"""
import crewai  # CrewAI runs the tasks here: task methods are judged
import litellm


def used(task, crew):
    task.execute_sync()  # noqa: LLO001,LLO004  the scheduler registers it
    crew.kickoff()  # noqa: LLO002  the scheduler wraps it


def stale(task, crew, handler):
    handler._step_callback(task)
    task.execute_sync()  # noqa: LLO001,LLO004  the start is registered above now
    # ^ error: LLO101:26 LLO001, LLO004 in this noqa suppress nothing on its line
    crew.kickoff(step_callback=handler)  # noqa: LLO002  wired now
    # ^ error: LLO101:42 LLO002 in this noqa suppresses nothing on its line
    handler._task_completion_callback(task)


def partly_stale(task, handler):
    handler._step_callback(task)
    task.execute_sync()  # noqa: LLO001,LLO004  only the completion is missing
    # ^ error: LLO101:26 LLO001 in this noqa suppresses nothing on its line


def prefixes(task, handler):
    task.execute_sync()  # noqa: LLO00  every task code
    handler._step_callback(task)
    handler._task_completion_callback(task)
    handler.execute_sync_later(task)  # noqa: LLO00  no finding on this line
    # ^ error: LLO101:39 LLO00 in this noqa suppresses nothing on its line


def mixed_codes(crew):
    crew.kickoff()  # noqa: E501,LLO002  other plugins' codes are theirs to judge
    crew.kickoff()  # noqa: E501,LLO003  wrong code
    # ^ error: LLO101:21 LLO003 in this noqa suppresses nothing on its line
    # ^ error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    litellm.completion(model="m")  # noqa: LLO003,LLO009  typo beside the right code
    # ^ error: LLO101:36 LLO009 in this noqa suppresses nothing on its line


def multi_line(task):
    task.execute_sync(  # noqa: LLO001,LLO004  on the line where the call starts
        "a multi-line call",
    )
    task.execute_sync(); value = "joined by a backslash " \
        "with the line below"  # noqa: LLO001,LLO004  flake8 reads the whole stretch
    return value


def only_the_first_noqa_of_a_stretch_is_read(task):
    # flake8 joins a string's lines and reads the first noqa in them, even inside the string.
    return task.execute_sync(), """text  # noqa: LLO001,LLO004 that flake8 reads
    """  # noqa: LLO002  never read
    # ^ error: LLO101:10 LLO002 in this noqa suppresses nothing on its line


def bare_and_letters_only(crew):
    crew.kickoff()  # noqa
    crew.kickoff()  # noqa: LLO  flake8 reads this as a bare noqa
    crew.kickoff()  # noqa: LLO101,LLO102  the noqa codes themselves are not judged
    # ^ error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
