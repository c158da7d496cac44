"""Hindi's numbers in words, from one to thirty and the tens: what the Hindi Counting and the
span checks read, kept apart from the CLDR data the Counting loads."""

UNITS = ("एक दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह "
         "उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस").split()
NUMBER_WORDS = {word: n for n, word in enumerate(UNITS, 1)} | {
    "छः": 6, "छ": 6, "पन्द्रह": 15, "अठ्ठाईस": 28, "चालीस": 40, "पचास": 50, "साठ": 60,
    "सत्तर": 70, "अस्सी": 80, "नब्बे": 90, "सौ": 100}
