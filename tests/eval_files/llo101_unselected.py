"""LLO101: a code the run does not report cannot be judged, and is never called unused."""
# flake8-args: --extend-ignore=LLO004 --per-file-ignores=llo101_unselected.py:LLO003


def ignored_code(task, handler):
    handler._step_callback(task)
    task.execute_sync()  # noqa: LLO001,LLO004  LLO004 is ignored in this run
    # ^ error: LLO101:26 LLO001 in this noqa suppresses nothing on its line
    task.execute_sync()  # noqa: LLO00  the prefix names LLO004 too


def per_file_ignored(litellm):
    return litellm.completion(model="m")  # noqa: LLO003  ignored for this file anyway
