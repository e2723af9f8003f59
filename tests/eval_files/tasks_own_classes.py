"""--llo-task-classes names a team's own task class: its module path counts as the framework."""
# flake8-args: --llo-task-classes=agents.core.AgentTask


def judged_in_modules_that_import_it(task):
    import agents.core

    return agents.core, task.execute_sync()  # error: LLO001:25 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:25 execute_sync() result never recorded: no _task_completion_callback() after the execution
