"""The demo staff accounts: fixed, published passwords, for development only."""

from .reviewers import PHYSICIAN

DEMO_ACCOUNTS = [
    {
        "role": "Administrator",
        "username": "admin",
        "password": "admin-demo-2026",
        "first_name": "Demo",
        "last_name": "Administrator",
        "superuser": True,
        "group": None,
    },
    {
        "role": "Editor",
        "username": "editor",
        "password": "editor-demo-2026",
        "first_name": "Demo",
        "last_name": "Editor",
        "group": "Editors",
    },
    {
        "role": "Moderator",
        "username": "moderator",
        "password": "moderator-demo-2026",
        "first_name": "Demo",
        "last_name": "Moderator",
        "group": "Moderators",
    },
    {
        "role": "Clinical reviewer",
        "username": "reviewer",
        "password": "reviewer-demo-2026",
        "first_name": "Alex",
        "last_name": "Sample",
        "group": "Clinical reviewers",
        "reviewer": PHYSICIAN,
    },
]
