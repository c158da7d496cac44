"""The amounts a text gives otherwise than the key figures, and how an amount is held against a
figure: what it speaks of, whose it is, when and what part.
"""
