"""Records of the support-line pilot: redaction, the transcript store and the review report.

Standard library plus rapidfuzz only, so `python -m bot review` works without the web stack.
"""
