"""LLO102: a case body's statements start where they start, not at the match."""
# minimum-python: 3.10


def run(command, crew):
    match command:
        case "kick":
            # the scheduler wraps it
            crew.kickoff()  # noqa: LLO002
        case _:
            crew.kickoff()  # noqa: LLO002
            # ^ error: LLO102:29 noqa for LLO002 without a reason: say why after the codes or on a comment line above
