"""The home page's title and introduction."""

# What migration tx_portal 0002 puts on the home page: only then does the loader replace it.
DEFAULT_HOME_INTRODUCTION = "Plain-language information about treatment that works."

HOME = {
    "title": "Treatment for heroin and opioid addiction",
    "introduction": "Opioid addiction is a medical condition, and treatment works. Here you can "
    "learn about the medications that help people stop using heroin and other opioids, the "
    "therapies that support recovery, and what to expect during withdrawal. The information is "
    "free, private and written in plain language.",
}
