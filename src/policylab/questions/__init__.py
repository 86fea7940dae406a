"""The values self-checks compute from data/, one module per lesson.

A lesson's questions and their wording live in ``content/lessonNN.yaml``; where a
correct answer or a hint's wrong value is computed from the shipped data, the file
names a function here (``answer_function: fall_in_reports``). Computing, never typing
in, means a corrected figure in data/ corrects the feedback too.
"""
