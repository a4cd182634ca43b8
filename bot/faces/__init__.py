"""Faces: the ways a person or program talks to the bot. All of them show the same Reply."""
