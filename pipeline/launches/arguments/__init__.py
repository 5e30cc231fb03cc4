"""The argument rules of a LAUNCH trigger: phrases, subjects, agents, objects, date, place."""
