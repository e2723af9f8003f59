"""Every list option replaces its default."""
# flake8-args: --llo-task-methods=run_task,arun_task --llo-start-callbacks=on_start
# flake8-args: --llo-completion-callbacks=on_done,on_fail --llo-kickoff-methods=launch
# flake8-args: --llo-handler-factories=make_tracker --llo-crew-callback-keywords=hooks
# flake8-args: --llo-banned-calls=openai.chat.create,vendor.sdk.call --llo-tool-methods=invoke
# flake8-args: --llo-gateway=gateway.send
import crewai  # CrewAI runs the tasks here: task methods are judged

import openai
from vendor.sdk import call


def custom_task_methods(task, tracker):
    task.run_task()  # error: LLO001:5 run_task() called without in-scope CallbackHandler start registration
    task.execute_sync()
    tracker.on_start(task)
    task.arun_task()
    tracker.on_fail(None)


def default_callbacks_no_longer_count(task, handler):
    handler._step_callback(task)
    task.run_task()  # error: LLO001:5 run_task() called without in-scope CallbackHandler start registration  # error: LLO004:5 run_task() result never recorded: no on_done() or on_fail() after the execution
    handler._task_completion_callback(None)


def custom_kickoffs(crew, agents):
    crew.launch()  # error: LLO002:5 launch() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    crew.kickoff()
    Crew(agents=agents, hooks=[1]).launch()
    Crew(agents=agents, callbacks=[1]).launch()  # error: LLO002:5 launch() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    make_tracker()
    crew.launch()


def custom_banned_calls(litellm):
    openai.chat.create(model="gpt-4o")  # error: LLO003:5 direct openai.chat.create() call - use gateway.send() instead
    call(model="gpt-4o")  # error: LLO003:5 direct vendor.sdk.call() call - use gateway.send() instead
    litellm.completion(model="gpt-4o")


class Tool:
    def invoke(self, task):
        return task.run_task()

    def _run(self, task):
        return task.run_task()  # error: LLO001:16 run_task() called without in-scope CallbackHandler start registration  # error: LLO004:16 run_task() result never recorded: no on_done() or on_fail() after the execution
