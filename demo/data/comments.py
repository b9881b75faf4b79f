"""A few reader comments on the demo pages, so the comment section and the moderation queue
have something to show. Each has a fixed key, so it is added once."""

import uuid

from comments.models import CommentStatus

NAMESPACE = uuid.UUID("3d8c6f4e-1b2a-4c5d-9e8f-0a1b2c3d4e5f")

DEMO_COMMENTS = [
    {
        "key": "bup-approved-1",
        "page": "buprenorphine",
        "name": "Dana",
        "days_ago": 12,
        "status": CommentStatus.APPROVED,
        "held_reason": "All comments are held for review",
        "text": "Starting buprenorphine was hard the first two days because I started too early. "
        "Waiting until withdrawal had really begun made all the difference.",
    },
    {
        "key": "bup-reply-1",
        "page": "buprenorphine",
        "reply_to": "bup-approved-1",
        "name": "Portal team",
        "days_ago": 11,
        "status": CommentStatus.APPROVED,
        "text": "Thank you for sharing this, Dana. Starting once withdrawal is clearly under way "
        "is exactly what the guidance says: your prescriber can help you time the first dose.",
    },
    {
        "key": "bup-approved-2",
        "page": "buprenorphine",
        "name": "Chris",
        "days_ago": 6,
        "status": CommentStatus.APPROVED,
        "held_reason": "All comments are held for review",
        "text": "Two years on the film now. I work, I sleep, my family trusts me again.",
    },
    {
        "key": "methadone-approved-1",
        "page": "methadone",
        "name": "Lee",
        "days_ago": 9,
        "status": CommentStatus.APPROVED,
        "held_reason": "All comments are held for review",
        "text": "Going to the clinic every day felt like a lot at first. The take-home doses "
        "came after a few months and that helped.",
    },
    {
        "key": "methadone-pending-1",
        "page": "methadone",
        "name": "Sam",
        "days_ago": 1,
        "status": CommentStatus.PENDING,
        "held_reason": "All comments are held for review",
        "text": "Is it safe to drink a little alcohol on methadone?",
    },
    {
        "key": "methadone-pending-urgent",
        "page": "methadone",
        "name": "Anonymous",
        "days_ago": 0,
        "status": CommentStatus.PENDING,
        "urgent": True,
        "held_reason": "Crisis language: “help me”",
        "text": "I relapsed last night and I am scared. Please help me.",
    },
]
