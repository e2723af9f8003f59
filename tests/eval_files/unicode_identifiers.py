"""Python folds identifiers with NFKC: a look-alike spelling is the same name."""
import crewai  # CrewAI runs the tasks here: task methods are judged


def fullwidth_method(task):
    return task.ｅxecute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def accented_names_elsewhere(tâche, handler):
    handler._step_callback(tâche)
    résultat = tâche.execute_sync()
    handler._task_completion_callback(résultat)
