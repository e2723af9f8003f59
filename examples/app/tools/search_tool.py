"""A CrewAI tool: it runs inside an agent step that is already tracked."""

from crewai.tools import BaseTool


class DeepSearchTool(BaseTool):
    name: str = "deep_search"
    description: str = "Runs a follow-up research task."

    def _run(self, query: str) -> str:
        return self.follow_up_task.execute_sync(context=query)
