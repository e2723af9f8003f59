"""LLO102: an LLO noqa without a reason."""
import litellm


def no_reason(crew):
    crew.kickoff()  # noqa: LLO002
    # ^ error: LLO102:21 noqa for LLO002 without a reason: say why after the codes or on a comment line above


def punctuation_is_no_reason(crew):
    crew.kickoff()  # noqa: LLO002 -
    # ^ error: LLO102:21 noqa for LLO002 without a reason: say why after the codes or on a comment line above


def other_codes_are_no_reason(crew):
    crew.kickoff()  # noqa: E501,LLO002,W291
    # ^ error: LLO102:21 noqa for LLO002 without a reason: say why after the codes or on a comment line above


def multi_line_call():
    return litellm.completion(  # noqa: LLO003
        # ^ error: LLO102:33 noqa for LLO003 without a reason: say why after the codes or on a comment line above
        model="m",
    )


def reasons(crew):
    crew.kickoff()  # noqa: LLO002  the scheduler wraps it
    crew.kickoff()  # noqa: LLO002 - the scheduler wraps it
    # the scheduler wraps it
    crew.kickoff()  # noqa: LLO002


def reason_above_the_statement(crew):
    # warm-up only, the crew has no tools
    result = (
        crew.kickoff()  # noqa: LLO002
    )
    return result


def not_an_llo_noqa(crew):
    print(crew)  # noqa: T201
    crew.kickoff()  # noqa
