"""Messenger channels (Telegram, web chat), the conversation runtime and the outbox dispatcher."""
