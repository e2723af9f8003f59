"""LLO101: a noqa whose finding the baseline lists too is used (findings count before both)."""
# flake8-args: --llo-baseline={here}/llo101_baseline.json


def listed_in_the_baseline_too(crew):
    crew.kickoff()  # noqa: LLO002  the scheduler wraps it; the baseline lists it too
    crew.kickoff_async()  # noqa: LLO001  the wrong code, beside the baseline's entry
    # ^ error: LLO101:27 LLO001 in this noqa suppresses nothing on its line
    crew.kickoff_for_each()
