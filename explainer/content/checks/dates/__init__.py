"""The days, months, years and times of day a text gives otherwise than the timeline, and weekdays
their dates do not fall on.
"""
