"""`python -m bot eval`: how well the bot understands people, where it confuses topics, and
whether safety holds. Like `rasa test`, but for this bot's content."""
