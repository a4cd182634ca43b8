"""The interactive chat on prompt_toolkit: loop, completer, keys, toolbar and style, one file each."""
