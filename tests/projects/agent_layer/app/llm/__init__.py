from .base import BaseLLMService, NotAModelService
