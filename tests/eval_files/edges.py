"""Edge shapes: declarations, odd targets and receivers, chains longer than followed."""

import litellm
from crewai import Crew
from crewai.flow.flow import Flow

global declared_at_module_level

crew = Crew(agents=[], step_callback=print)


def global_receiver():
    global crew
    return crew.kickoff()


def receiver_through_another_object(manager):
    return manager.crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def callback_attribute_on_a_call(get_crew, handler):
    get_crew().step_callback = handler.on_step
    return get_crew().kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def callee_of_another_shape(builders):
    return builders[0]().kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def passed_to_the_result_of_a_call(factory):
    return factory()(litellm.completion)  # error: LLO003:22 direct litellm.completion() call - use multi_model_service.generate_response() instead


def base_class_from_a_parameter(base):
    class Dynamic(base):
        pass

    return Dynamic().kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class Annotated:
    target.attribute: int = 3
    target.wired_here = print
    target.step_callback = print


def attribute_annotations_alone(self, crew):
    self.crew: Crew
    crew.step_callback: object
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def two_declarations():
    global crew
    global declared_at_module_level
    return crew.kickoff()


class Holder:
    def crew(self):
        return Crew(step_callback=print)

    def run_later(self):
        def inner():
            return self.crew().kickoff()

        return inner


def make_holder():
    return Holder()


def a_function_result_is_followed_into_its_class():
    return make_holder().crew().kickoff()


def make_anything(flag):
    if flag:
        return Holder()
    return object()


def a_factory_of_two_things_is_not_followed():
    return make_anything(True).crew().kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def not_in_a_class(self):
    return self.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def a_chain_of_names_is_followed_so_far(handler):
    a0 = Crew(step_callback=handler.on_step)
    a1 = a0
    a2 = a1
    a3 = a2
    a4 = a3
    a5 = a4
    a6 = a5
    a7 = a6
    a8 = a7
    a9 = a8
    a10 = a9
    a11 = a10
    a12 = a11
    a13 = a12
    a14 = a13
    a15 = a14
    a5.kickoff()
    a15.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def a_chain_of_instances_is_followed_so_far():
    b0 = Holder()
    b1 = b0
    b2 = b1
    b3 = b2
    b4 = b3
    b5 = b4
    b6 = b5
    b7 = b6
    b8 = b7
    b9 = b8
    b10 = b9
    b11 = b10
    b12 = b11
    b13 = b12
    b14 = b13
    b15 = b14
    b5.crew().kickoff()
    b15.crew().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class Level0(Flow):
    pass


class Level1(Level0):
    pass


class Level2(Level1):
    pass


class Level3(Level2):
    pass


class Level4(Level3):
    pass


class Level5(Level4):
    pass


class Level6(Level5):
    pass


class Level7(Level6):
    pass


class Level8(Level7):
    pass


class Level9(Level8):
    pass


class Level10(Level9):
    pass


class Level11(Level10):
    pass


class Level12(Level11):
    pass


class Level13(Level12):
    pass


class Level14(Level13):
    pass


class Level15(Level14):
    pass


def a_chain_of_subclasses_is_followed_so_far():
    Level5().kickoff()
    Level15().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
