"""LLO004: a task built with callback= has its completion recorded: CrewAI calls it."""
from crewai import Agent, Task


def with_a_callback(handler, record):
    task = Task(description="d", expected_output="o", callback=record)
    handler._step_callback(task)
    return task.execute_sync()


def without_one(handler):
    task = Task(description="d", expected_output="o")
    handler._step_callback(task)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def rebound_after_the_callback(handler, record, other):
    task = Task(description="d", expected_output="o", callback=record)
    task = other
    handler._step_callback(task)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def an_agent_has_no_task_callback(handler, record):
    agent = Agent(role="r", callback=record)
    handler._step_callback(agent)
    return agent.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def past_the_chain_limit(handler, record):
    # Thirteen names between the Task and the call: past the limit, the receiver is unknown.
    t0 = Task(description="d", callback=record)
    t1 = t0
    t2 = t1
    t3 = t2
    t4 = t3
    t5 = t4
    t6 = t5
    t7 = t6
    t8 = t7
    t9 = t8
    t10 = t9
    t11 = t10
    t12 = t11
    t13 = t12
    handler._step_callback(t13)
    return t13.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution
