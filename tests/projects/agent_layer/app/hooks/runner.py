class HookRunner:
    def execute_sync(self, event):
        return event
