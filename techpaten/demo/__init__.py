"""Demo data for `manage.py seed_demo`: German organisations, needs, volunteers, offers and conversations.

The texts live in the data modules (`organisations`, `needs_*`, `people`, `talk`); `builder` turns them into rows.
"""
