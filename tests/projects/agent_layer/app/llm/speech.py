"""The module comes from a property and a loader of a base class in another module."""
from .loader import LiteLLMAccess


class Speech(LiteLLMAccess):
    def say(self, text):
        return self.litellm.speech(model="tts-1", input=text)  # error: LLO003:16 direct litellm.speech() call - use multi_model_service.generate_response() instead

    def transcribe(self, audio):
        litellm = self._get_litellm()
        return litellm.transcription(model="whisper-1", file=audio)  # error: LLO003:16 direct litellm.transcription() call - use multi_model_service.generate_response() instead

    def anything(self, audio):
        module = self._get_anything("litellm")
        return module.transcription(model="whisper-1", file=audio)
