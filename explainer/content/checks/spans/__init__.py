"""The spans between events, and what took or lasted a time, that the timeline measures otherwise.
"""
