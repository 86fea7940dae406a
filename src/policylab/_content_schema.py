# ruff: noqa
# Generated from content/schema.json by `python -m policylab.content`; do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re

class JsonSchemaValueException(ValueError):
    """fastjsonschema's error, defined here so that checking needs no import of it."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name = message, value, name
        self.definition, self.rule = definition, rule

    @property
    def path(self):
        return [p for p in re.split(r"[.\[\]]", self.name or "") if p]


class JsonSchemaValuesException(JsonSchemaValueException):
    pass


REGEX_PATTERNS = {
    '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$': re.compile('^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\Z'),
    '^[a-z0-9]+\\.[a-z0-9-]+$': re.compile('^[a-z0-9]+\\.[a-z0-9-]+\\Z'),
    '^[0-9]+\\.[0-9]+$': re.compile('^[0-9]+\\.[0-9]+\\Z'),
    '^[A-Za-z_][A-Za-z0-9_]*$': re.compile('^[A-Za-z_][A-Za-z0-9_]*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': "A lesson's self-check questions and discussion prompts", 'description': 'One file per lesson, content/lessonNN.yaml. How to edit one: docs/authoring.md.', 'type': 'object', 'required': ['lesson', 'title', 'functions'], 'additionalProperties': False, 'properties': {'lesson': {'type': 'integer', 'minimum': 0, 'maximum': 99, 'description': 'The lesson number; must match the file name (lesson03.yaml is 3).'}, 'title': {'type': 'string', 'minLength': 1}, 'functions': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$', 'description': 'The Python module holding the functions this file names.'}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'$ref': '#/$defs/numeric'}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'$ref': '#/$defs/choice'}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'$ref': '#/$defs/argued'}}]}}, 'prompts': {'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'$ref': '#/$defs/text'}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}}, '$defs': {'text': {'type': 'string', 'minLength': 1}, 'function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'question_id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'question': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'numeric'}, 'prompt': {'$ref': '#/$defs/text'}, 'answer': {'type': 'number'}, 'answer_function': {'$ref': '#/$defs/function'}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/numeric_hint'}}, 'explanation': {'type': 'string'}}}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'choice'}, 'prompt': {'$ref': '#/$defs/text'}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'$ref': '#/$defs/function'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/choice_hint'}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'$ref': '#/$defs/text'}}}}}}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'argued'}, 'prompt': {'$ref': '#/$defs/text'}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'model_answer': {'$ref': '#/$defs/text'}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}}]}, 'numeric_hint': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, 'choice_hint': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, 'numeric': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, 'choice': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, 'argued': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'argued'}, 'prompt': {'type': 'string', 'minLength': 1}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, 'model_answer': {'type': 'string', 'minLength': 1}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}, 'prompt': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['lesson', 'title', 'functions']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': "A lesson's self-check questions and discussion prompts", 'description': 'One file per lesson, content/lessonNN.yaml. How to edit one: docs/authoring.md.', 'type': 'object', 'required': ['lesson', 'title', 'functions'], 'additionalProperties': False, 'properties': {'lesson': {'type': 'integer', 'minimum': 0, 'maximum': 99, 'description': 'The lesson number; must match the file name (lesson03.yaml is 3).'}, 'title': {'type': 'string', 'minLength': 1}, 'functions': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$', 'description': 'The Python module holding the functions this file names.'}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'$ref': '#/$defs/numeric'}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'$ref': '#/$defs/choice'}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'$ref': '#/$defs/argued'}}]}}, 'prompts': {'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'$ref': '#/$defs/text'}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}}, '$defs': {'text': {'type': 'string', 'minLength': 1}, 'function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'question_id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'question': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'numeric'}, 'prompt': {'$ref': '#/$defs/text'}, 'answer': {'type': 'number'}, 'answer_function': {'$ref': '#/$defs/function'}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/numeric_hint'}}, 'explanation': {'type': 'string'}}}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'choice'}, 'prompt': {'$ref': '#/$defs/text'}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'$ref': '#/$defs/function'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/choice_hint'}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'$ref': '#/$defs/text'}}}}}}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'argued'}, 'prompt': {'$ref': '#/$defs/text'}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'model_answer': {'$ref': '#/$defs/text'}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}}]}, 'numeric_hint': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, 'choice_hint': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, 'numeric': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, 'choice': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, 'argued': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'argued'}, 'prompt': {'type': 'string', 'minLength': 1}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, 'model_answer': {'type': 'string', 'minLength': 1}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}, 'prompt': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "lesson" in data_keys:
            data_keys.remove("lesson")
            data__lesson = data["lesson"]
            if not isinstance(data__lesson, (int)) and not (isinstance(data__lesson, float) and data__lesson.is_integer()) or isinstance(data__lesson, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lesson must be integer", value=data__lesson, name="" + (name_prefix or "data") + ".lesson", definition={'type': 'integer', 'minimum': 0, 'maximum': 99, 'description': 'The lesson number; must match the file name (lesson03.yaml is 3).'}, rule='type')
            if isinstance(data__lesson, (int, float, Decimal)) and not isinstance(data__lesson, bool):
                if data__lesson < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lesson must be bigger than or equal to 0", value=data__lesson, name="" + (name_prefix or "data") + ".lesson", definition={'type': 'integer', 'minimum': 0, 'maximum': 99, 'description': 'The lesson number; must match the file name (lesson03.yaml is 3).'}, rule='minimum')
                if data__lesson > 99:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".lesson must be smaller than or equal to 99", value=data__lesson, name="" + (name_prefix or "data") + ".lesson", definition={'type': 'integer', 'minimum': 0, 'maximum': 99, 'description': 'The lesson number; must match the file name (lesson03.yaml is 3).'}, rule='maximum')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "functions" in data_keys:
            data_keys.remove("functions")
            data__functions = data["functions"]
            if not isinstance(data__functions, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".functions must be string", value=data__functions, name="" + (name_prefix or "data") + ".functions", definition={'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$', 'description': 'The Python module holding the functions this file names.'}, rule='type')
            if isinstance(data__functions, str):
                if not REGEX_PATTERNS['^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$'].search(data__functions):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".functions must match pattern ^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", value=data__functions, name="" + (name_prefix or "data") + ".functions", definition={'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$', 'description': 'The Python module holding the functions this file names.'}, rule='pattern')
        if "questions" in data_keys:
            data_keys.remove("questions")
            data__questions = data["questions"]
            if not isinstance(data__questions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".questions must be array", value=data__questions, name="" + (name_prefix or "data") + ".questions", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'$ref': '#/$defs/numeric'}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'$ref': '#/$defs/choice'}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'$ref': '#/$defs/argued'}}]}}, rule='type')
            data__questions_is_list = isinstance(data__questions, (list, tuple))
            if data__questions_is_list:
                data__questions_len = len(data__questions)
                for data__questions_x, data__questions_item in enumerate(data__questions):
                    validate____defs_question(data__questions_item, custom_formats, (name_prefix or "data") + ".questions[{data__questions_x}]".format(**locals()))
        if "prompts" in data_keys:
            data_keys.remove("prompts")
            data__prompts = data["prompts"]
            if not isinstance(data__prompts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".prompts must be array", value=data__prompts, name="" + (name_prefix or "data") + ".prompts", definition={'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'$ref': '#/$defs/text'}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}, rule='type')
            data__prompts_is_list = isinstance(data__prompts, (list, tuple))
            if data__prompts_is_list:
                data__prompts_len = len(data__prompts)
                for data__prompts_x, data__prompts_item in enumerate(data__prompts):
                    validate____defs_prompt(data__prompts_item, custom_formats, (name_prefix or "data") + ".prompts[{data__prompts_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': "A lesson's self-check questions and discussion prompts", 'description': 'One file per lesson, content/lessonNN.yaml. How to edit one: docs/authoring.md.', 'type': 'object', 'required': ['lesson', 'title', 'functions'], 'additionalProperties': False, 'properties': {'lesson': {'type': 'integer', 'minimum': 0, 'maximum': 99, 'description': 'The lesson number; must match the file name (lesson03.yaml is 3).'}, 'title': {'type': 'string', 'minLength': 1}, 'functions': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$', 'description': 'The Python module holding the functions this file names.'}, 'questions': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'$ref': '#/$defs/numeric'}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'$ref': '#/$defs/choice'}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'$ref': '#/$defs/argued'}}]}}, 'prompts': {'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'$ref': '#/$defs/text'}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}}, '$defs': {'text': {'type': 'string', 'minLength': 1}, 'function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'question_id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'question': {'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'numeric'}, 'prompt': {'$ref': '#/$defs/text'}, 'answer': {'type': 'number'}, 'answer_function': {'$ref': '#/$defs/function'}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/numeric_hint'}}, 'explanation': {'type': 'string'}}}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'choice'}, 'prompt': {'$ref': '#/$defs/text'}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'$ref': '#/$defs/function'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/choice_hint'}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'$ref': '#/$defs/text'}}}}}}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'argued'}, 'prompt': {'$ref': '#/$defs/text'}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'model_answer': {'$ref': '#/$defs/text'}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}}]}, 'numeric_hint': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, 'choice_hint': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, 'numeric': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, 'choice': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, 'argued': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'argued'}, 'prompt': {'type': 'string', 'minLength': 1}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, 'model_answer': {'type': 'string', 'minLength': 1}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}, 'prompt': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}}}, rule='additionalProperties')
    return data

def validate____defs_prompt(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'question']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9]+\\.[a-z0-9-]+$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9]+\\.[a-z0-9-]+$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, rule='pattern')
        if "question" in data_keys:
            data_keys.remove("question")
            data__question = data["question"]
            validate____defs_text(data__question, custom_formats, (name_prefix or "data") + ".question")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'description': 'A short label for charts and tables.'}, rule='type')
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'scale' or isinstance(data__kind, str) and data__kind == 'options'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['scale', 'options']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['scale', 'options']}, rule='enum')
        if "options" in data_keys:
            data_keys.remove("options")
            data__options = data["options"]
            if not isinstance(data__options, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be array", value=data__options, name="" + (name_prefix or "data") + ".options", definition={'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__options_is_list = isinstance(data__options, (list, tuple))
            if data__options_is_list:
                data__options_len = len(data__options)
                if data__options_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain at least 2 items", value=data__options, name="" + (name_prefix or "data") + ".options", definition={'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__options_len > len(set(fn(data__options_x) for data__options_x in data__options)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain unique items", value=data__options, name="" + (name_prefix or "data") + ".options", definition={'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='uniqueItems')
                for data__options_x, data__options_item in enumerate(data__options):
                    validate____defs_text(data__options_item, custom_formats, (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()))
        if "phases" in data_keys:
            data_keys.remove("phases")
            data__phases = data["phases"]
            if not isinstance(data__phases, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".phases must be array", value=data__phases, name="" + (name_prefix or "data") + ".phases", definition={'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, rule='type')
            data__phases_is_list = isinstance(data__phases, (list, tuple))
            if data__phases_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__phases_len = len(data__phases)
                if data__phases_len > len(set(fn(data__phases_x) for data__phases_x in data__phases)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".phases must contain unique items", value=data__phases, name="" + (name_prefix or "data") + ".phases", definition={'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, rule='uniqueItems')
                for data__phases_x, data__phases_item in enumerate(data__phases):
                    if not (isinstance(data__phases_item, str) and data__phases_item == 'before' or isinstance(data__phases_item, str) and data__phases_item == 'after'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".phases[{data__phases_x}]".format(**locals()) + " must be one of ['before', 'after']", value=data__phases_item, name="" + (name_prefix or "data") + ".phases[{data__phases_x}]".format(**locals()) + "", definition={'enum': ['before', 'after']}, rule='enum')
        if "context" in data_keys:
            data_keys.remove("context")
            data__context = data["context"]
            if not isinstance(data__context, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".context must be string", value=data__context, name="" + (name_prefix or "data") + ".context", definition={'type': 'string'}, rule='type')
        if "reveal" in data_keys:
            data_keys.remove("reveal")
            data__reveal = data["reveal"]
            if not isinstance(data__reveal, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reveal must be string", value=data__reveal, name="" + (name_prefix or "data") + ".reveal", definition={'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'question'], 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+\\.[a-z0-9-]+$'}, 'question': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'description': 'A short label for charts and tables.'}, 'kind': {'enum': ['scale', 'options']}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'phases': {'type': 'array', 'items': {'enum': ['before', 'after']}, 'uniqueItems': True}, 'context': {'type': 'string'}, 'reveal': {'type': 'string', 'description': 'Shown after the first save: the strongest case on each side.'}}}, rule='additionalProperties')
    return data

def validate____defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

def validate____defs_question(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'numeric'}, 'prompt': {'$ref': '#/$defs/text'}, 'answer': {'type': 'number'}, 'answer_function': {'$ref': '#/$defs/function'}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/numeric_hint'}}, 'explanation': {'type': 'string'}}}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'choice'}, 'prompt': {'$ref': '#/$defs/text'}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'$ref': '#/$defs/function'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/choice_hint'}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'$ref': '#/$defs/text'}}}}}}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'argued'}, 'prompt': {'$ref': '#/$defs/text'}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'model_answer': {'$ref': '#/$defs/text'}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}}]}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'numeric'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: numeric", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'numeric'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_numeric(data, custom_formats, (name_prefix or "data") + "")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'choice'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: choice", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'choice'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_choice(data, custom_formats, (name_prefix or "data") + "")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'argued'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: argued", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'argued'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        validate____defs_argued(data, custom_formats, (name_prefix or "data") + "")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'prompt']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'kind', 'prompt'], 'properties': {'kind': {'enum': ['numeric', 'choice', 'argued']}}, 'allOf': [{'if': {'properties': {'kind': {'const': 'numeric'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'numeric'}, 'prompt': {'$ref': '#/$defs/text'}, 'answer': {'type': 'number'}, 'answer_function': {'$ref': '#/$defs/function'}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/numeric_hint'}}, 'explanation': {'type': 'string'}}}}, {'if': {'properties': {'kind': {'const': 'choice'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'choice'}, 'prompt': {'$ref': '#/$defs/text'}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'$ref': '#/$defs/function'}, 'hints': {'type': 'array', 'items': {'$ref': '#/$defs/choice_hint'}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'$ref': '#/$defs/text'}}}}}}}, {'if': {'properties': {'kind': {'const': 'argued'}}}, 'then': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'$ref': '#/$defs/question_id'}, 'kind': {'const': 'argued'}, 'prompt': {'$ref': '#/$defs/text'}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'model_answer': {'$ref': '#/$defs/text'}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}}]}, rule='required')
        data_keys = set(data.keys())
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'numeric' or isinstance(data__kind, str) and data__kind == 'choice' or isinstance(data__kind, str) and data__kind == 'argued'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['numeric', 'choice', 'argued']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['numeric', 'choice', 'argued']}, rule='enum')
    return data

def validate____defs_argued(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'argued'}, 'prompt': {'type': 'string', 'minLength': 1}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, 'model_answer': {'type': 'string', 'minLength': 1}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'prompt', 'min_words']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'argued'}, 'prompt': {'type': 'string', 'minLength': 1}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, 'model_answer': {'type': 'string', 'minLength': 1}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_question_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'argued'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: argued", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'argued'}, rule='const')
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            validate____defs_text(data__prompt, custom_formats, (name_prefix or "data") + ".prompt")
        if "min_words" in data_keys:
            data_keys.remove("min_words")
            data__minwords = data["min_words"]
            if not isinstance(data__minwords, (int)) and not (isinstance(data__minwords, float) and data__minwords.is_integer()) or isinstance(data__minwords, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_words must be integer", value=data__minwords, name="" + (name_prefix or "data") + ".min_words", definition={'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, rule='type')
            if isinstance(data__minwords, (int, float, Decimal)) and not isinstance(data__minwords, bool):
                if data__minwords < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_words must be bigger than or equal to 1", value=data__minwords, name="" + (name_prefix or "data") + ".min_words", definition={'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, rule='minimum')
        if "criteria" in data_keys:
            data_keys.remove("criteria")
            data__criteria = data["criteria"]
            if not isinstance(data__criteria, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must be array", value=data__criteria, name="" + (name_prefix or "data") + ".criteria", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__criteria_is_list = isinstance(data__criteria, (list, tuple))
            if data__criteria_is_list:
                data__criteria_len = len(data__criteria)
                if data__criteria_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".criteria must contain at least 1 items", value=data__criteria, name="" + (name_prefix or "data") + ".criteria", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, rule='minItems')
                for data__criteria_x, data__criteria_item in enumerate(data__criteria):
                    validate____defs_text(data__criteria_item, custom_formats, (name_prefix or "data") + ".criteria[{data__criteria_x}]".format(**locals()))
        if "model_answer" in data_keys:
            data_keys.remove("model_answer")
            data__modelanswer = data["model_answer"]
            validate____defs_text(data__modelanswer, custom_formats, (name_prefix or "data") + ".model_answer")
        if "assessed" in data_keys:
            data_keys.remove("assessed")
            data__assessed = data["assessed"]
            if not isinstance(data__assessed, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessed must be boolean", value=data__assessed, name="" + (name_prefix or "data") + ".assessed", definition={'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'min_words'], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'argued'}, 'prompt': {'type': 'string', 'minLength': 1}, 'min_words': {'type': 'integer', 'minimum': 1, 'description': 'The word target; the criteria and model answer appear once an answer reaches it.'}, 'criteria': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1}}, 'model_answer': {'type': 'string', 'minLength': 1}, 'assessed': {'type': 'boolean', 'description': 'Set by `policylab build-assessed` in a student copy: the lecturer marks this question, so the copy carries no criteria or model answer for it.'}}, 'if': {'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, 'then': {'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, 'else': {'required': ['criteria', 'model_answer']}}, rule='additionalProperties')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['assessed']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['assessed'], 'properties': {'assessed': {'const': True}}}, rule='required')
            data_keys = set(data.keys())
            if "assessed" in data_keys:
                data_keys.remove("assessed")
                data__assessed = data["assessed"]
                if not (isinstance(data__assessed, bool) and data__assessed is True):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".assessed must be same as const definition: True", value=data__assessed, name="" + (name_prefix or "data") + ".assessed", definition={'const': True}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['criteria', 'model_answer']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['criteria', 'model_answer']}, rule='required')
    else:
        try:
            data_any_of_count1 = 0
            if not data_any_of_count1:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['criteria']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['criteria']}, rule='required')
                    data_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count1:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(['model_answer']) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['model_answer']}, rule='required')
                    data_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data_any_of_count1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}, rule='anyOf')
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must NOT match a disallowed definition", value=data, name="" + (name_prefix or "data") + "", definition={'not': {'anyOf': [{'required': ['criteria']}, {'required': ['model_answer']}]}}, rule='not')
    return data

def validate____defs_question_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]+\\.[0-9]+$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, rule='pattern')
    return data

def validate____defs_choice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, rule='type')
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['answer']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['answer']}, rule='required')
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['answer_function']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['answer_function']}, rule='required')
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be valid exactly by one definition" + (" (" + str(data_one_of_count2) + " matches found)"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, rule='oneOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'prompt', 'options']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_question_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'choice'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: choice", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'choice'}, rule='const')
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            validate____defs_text(data__prompt, custom_formats, (name_prefix or "data") + ".prompt")
        if "options" in data_keys:
            data_keys.remove("options")
            data__options = data["options"]
            if not isinstance(data__options, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must be array", value=data__options, name="" + (name_prefix or "data") + ".options", definition={'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__options_is_list = isinstance(data__options, (list, tuple))
            if data__options_is_list:
                data__options_len = len(data__options)
                if data__options_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain at least 2 items", value=data__options, name="" + (name_prefix or "data") + ".options", definition={'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__options_len > len(set(fn(data__options_x) for data__options_x in data__options)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".options must contain unique items", value=data__options, name="" + (name_prefix or "data") + ".options", definition={'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='uniqueItems')
                for data__options_x, data__options_item in enumerate(data__options):
                    validate____defs_text(data__options_item, custom_formats, (name_prefix or "data") + ".options[{data__options_x}]".format(**locals()))
        if "answer" in data_keys:
            data_keys.remove("answer")
            data__answer = data["answer"]
            data__answer_one_of_count3 = 0
            if data__answer_one_of_count3 < 2:
                try:
                    if not isinstance(data__answer, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer must be string", value=data__answer, name="" + (name_prefix or "data") + ".answer", definition={'type': 'string'}, rule='type')
                    data__answer_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__answer_one_of_count3 < 2:
                try:
                    if not isinstance(data__answer, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer must be array", value=data__answer, name="" + (name_prefix or "data") + ".answer", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}, rule='type')
                    data__answer_is_list = isinstance(data__answer, (list, tuple))
                    if data__answer_is_list:
                        data__answer_len = len(data__answer)
                        if data__answer_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer must contain at least 1 items", value=data__answer, name="" + (name_prefix or "data") + ".answer", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}, rule='minItems')
                        for data__answer_x, data__answer_item in enumerate(data__answer):
                            if not isinstance(data__answer_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer[{data__answer_x}]".format(**locals()) + " must be string", value=data__answer_item, name="" + (name_prefix or "data") + ".answer[{data__answer_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                    data__answer_one_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__answer_one_of_count3 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer must be valid exactly by one definition" + (" (" + str(data__answer_one_of_count3) + " matches found)"), value=data__answer, name="" + (name_prefix or "data") + ".answer", definition={'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, rule='oneOf')
        if "answer_function" in data_keys:
            data_keys.remove("answer_function")
            data__answerfunction = data["answer_function"]
            validate____defs_function(data__answerfunction, custom_formats, (name_prefix or "data") + ".answer_function")
        if "hints" in data_keys:
            data_keys.remove("hints")
            data__hints = data["hints"]
            if not isinstance(data__hints, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hints must be array", value=data__hints, name="" + (name_prefix or "data") + ".hints", definition={'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, rule='type')
            data__hints_is_list = isinstance(data__hints, (list, tuple))
            if data__hints_is_list:
                data__hints_len = len(data__hints)
                for data__hints_x, data__hints_item in enumerate(data__hints):
                    validate____defs_choice_hint(data__hints_item, custom_formats, (name_prefix or "data") + ".hints[{data__hints_x}]".format(**locals()))
        if "otherwise" in data_keys:
            data_keys.remove("otherwise")
            data__otherwise = data["otherwise"]
            if not isinstance(data__otherwise, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".otherwise must be string", value=data__otherwise, name="" + (name_prefix or "data") + ".otherwise", definition={'type': 'string', 'description': 'The hint for any wrong option without its own.'}, rule='type')
        if "explanation" in data_keys:
            data_keys.remove("explanation")
            data__explanation = data["explanation"]
            if not isinstance(data__explanation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".explanation must be string", value=data__explanation, name="" + (name_prefix or "data") + ".explanation", definition={'type': 'string'}, rule='type')
        if "also_correct" in data_keys:
            data_keys.remove("also_correct")
            data__alsocorrect = data["also_correct"]
            if not isinstance(data__alsocorrect, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct must be array", value=data__alsocorrect, name="" + (name_prefix or "data") + ".also_correct", definition={'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}, rule='type')
            data__alsocorrect_is_list = isinstance(data__alsocorrect, (list, tuple))
            if data__alsocorrect_is_list:
                data__alsocorrect_len = len(data__alsocorrect)
                for data__alsocorrect_x, data__alsocorrect_item in enumerate(data__alsocorrect):
                    if not isinstance(data__alsocorrect_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}]".format(**locals()) + " must be object", value=data__alsocorrect_item, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}]".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}, rule='type')
                    data__alsocorrect_item_is_dict = isinstance(data__alsocorrect_item, dict)
                    if data__alsocorrect_item_is_dict:
                        data__alsocorrect_item__missing_keys = set(['answer', 'message']) - data__alsocorrect_item.keys()
                        if data__alsocorrect_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}]".format(**locals()) + " must contain " + (str(sorted(data__alsocorrect_item__missing_keys)) + " properties"), value=data__alsocorrect_item, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}]".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}, rule='required')
                        data__alsocorrect_item_keys = set(data__alsocorrect_item.keys())
                        if "answer" in data__alsocorrect_item_keys:
                            data__alsocorrect_item_keys.remove("answer")
                            data__alsocorrect_item__answer = data__alsocorrect_item["answer"]
                            data__alsocorrect_item__answer_one_of_count4 = 0
                            if data__alsocorrect_item__answer_one_of_count4 < 2:
                                try:
                                    if not isinstance(data__alsocorrect_item__answer, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + " must be string", value=data__alsocorrect_item__answer, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                                    data__alsocorrect_item__answer_one_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__alsocorrect_item__answer_one_of_count4 < 2:
                                try:
                                    if not isinstance(data__alsocorrect_item__answer, (list, tuple)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + " must be array", value=data__alsocorrect_item__answer, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + "", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}, rule='type')
                                    data__alsocorrect_item__answer_is_list = isinstance(data__alsocorrect_item__answer, (list, tuple))
                                    if data__alsocorrect_item__answer_is_list:
                                        data__alsocorrect_item__answer_len = len(data__alsocorrect_item__answer)
                                        if data__alsocorrect_item__answer_len < 1:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + " must contain at least 1 items", value=data__alsocorrect_item__answer, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + "", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}, rule='minItems')
                                        for data__alsocorrect_item__answer_x, data__alsocorrect_item__answer_item in enumerate(data__alsocorrect_item__answer):
                                            if not isinstance(data__alsocorrect_item__answer_item, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer[{data__alsocorrect_item__answer_x}]".format(**locals()) + " must be string", value=data__alsocorrect_item__answer_item, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer[{data__alsocorrect_item__answer_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                                    data__alsocorrect_item__answer_one_of_count4 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                            if data__alsocorrect_item__answer_one_of_count4 != 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + " must be valid exactly by one definition" + (" (" + str(data__alsocorrect_item__answer_one_of_count4) + " matches found)"), value=data__alsocorrect_item__answer, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].answer".format(**locals()) + "", definition={'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, rule='oneOf')
                        if "message" in data__alsocorrect_item_keys:
                            data__alsocorrect_item_keys.remove("message")
                            data__alsocorrect_item__message = data__alsocorrect_item["message"]
                            validate____defs_text(data__alsocorrect_item__message, custom_formats, (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}].message".format(**locals()))
                        if data__alsocorrect_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}]".format(**locals()) + " must not contain "+str(data__alsocorrect_item_keys)+" properties", value=data__alsocorrect_item, name="" + (name_prefix or "data") + ".also_correct[{data__alsocorrect_x}]".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'options'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'choice'}, 'prompt': {'type': 'string', 'minLength': 1}, 'options': {'type': 'array', 'minItems': 2, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'$ref': '#/$defs/function'}, 'message': {'$ref': '#/$defs/text'}}}}, 'otherwise': {'type': 'string', 'description': 'The hint for any wrong option without its own.'}, 'explanation': {'type': 'string'}, 'also_correct': {'type': 'array', 'description': 'Other answers that are also defensible where a classification is contested: each is accepted as correct, with a message saying why.', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['answer', 'message'], 'properties': {'answer': {'oneOf': [{'type': 'string'}, {'type': 'array', 'minItems': 1, 'items': {'type': 'string'}}]}, 'message': {'type': 'string', 'minLength': 1}}}}}}, rule='additionalProperties')
    return data

def validate____defs_choice_hint(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, rule='type')
    data_one_of_count5 = 0
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['wrong']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['wrong']}, rule='required')
            data_one_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['wrong_function']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['wrong_function']}, rule='required')
            data_one_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count5 != 1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be valid exactly by one definition" + (" (" + str(data_one_of_count5) + " matches found)"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, rule='oneOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['message']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, rule='required')
        data_keys = set(data.keys())
        if "wrong" in data_keys:
            data_keys.remove("wrong")
            data__wrong = data["wrong"]
            data__wrong_one_of_count6 = 0
            if data__wrong_one_of_count6 < 2:
                try:
                    if not isinstance(data__wrong, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".wrong must be string", value=data__wrong, name="" + (name_prefix or "data") + ".wrong", definition={'type': 'string'}, rule='type')
                    data__wrong_one_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__wrong_one_of_count6 < 2:
                try:
                    if not isinstance(data__wrong, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".wrong must be array", value=data__wrong, name="" + (name_prefix or "data") + ".wrong", definition={'type': 'array', 'items': {'type': 'string'}}, rule='type')
                    data__wrong_is_list = isinstance(data__wrong, (list, tuple))
                    if data__wrong_is_list:
                        data__wrong_len = len(data__wrong)
                        for data__wrong_x, data__wrong_item in enumerate(data__wrong):
                            if not isinstance(data__wrong_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".wrong[{data__wrong_x}]".format(**locals()) + " must be string", value=data__wrong_item, name="" + (name_prefix or "data") + ".wrong[{data__wrong_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                    data__wrong_one_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if data__wrong_one_of_count6 != 1:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".wrong must be valid exactly by one definition" + (" (" + str(data__wrong_one_of_count6) + " matches found)"), value=data__wrong, name="" + (name_prefix or "data") + ".wrong", definition={'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, rule='oneOf')
        if "wrong_function" in data_keys:
            data_keys.remove("wrong_function")
            data__wrongfunction = data["wrong_function"]
            validate____defs_function(data__wrongfunction, custom_formats, (name_prefix or "data") + ".wrong_function")
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            validate____defs_text(data__message, custom_formats, (name_prefix or "data") + ".message")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'message': {'type': 'string', 'minLength': 1}}}, rule='additionalProperties')
    return data

def validate____defs_function(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[A-Za-z_][A-Za-z0-9_]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z_][A-Za-z0-9_]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, rule='pattern')
    return data

def validate____defs_numeric(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, rule='type')
    data_one_of_count7 = 0
    if data_one_of_count7 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['answer']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['answer']}, rule='required')
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['answer_function']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['answer_function']}, rule='required')
            data_one_of_count7 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count7 != 1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be valid exactly by one definition" + (" (" + str(data_one_of_count7) + " matches found)"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, rule='oneOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'prompt', 'rounding']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_question_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'numeric'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: numeric", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'numeric'}, rule='const')
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            validate____defs_text(data__prompt, custom_formats, (name_prefix or "data") + ".prompt")
        if "answer" in data_keys:
            data_keys.remove("answer")
            data__answer = data["answer"]
            if not isinstance(data__answer, (int, float, Decimal)) or isinstance(data__answer, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".answer must be number", value=data__answer, name="" + (name_prefix or "data") + ".answer", definition={'type': 'number'}, rule='type')
        if "answer_function" in data_keys:
            data_keys.remove("answer_function")
            data__answerfunction = data["answer_function"]
            validate____defs_function(data__answerfunction, custom_formats, (name_prefix or "data") + ".answer_function")
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string'}, rule='type')
        if "rounding" in data_keys:
            data_keys.remove("rounding")
            data__rounding = data["rounding"]
            if not isinstance(data__rounding, (int)) and not (isinstance(data__rounding, float) and data__rounding.is_integer()) or isinstance(data__rounding, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rounding must be integer", value=data__rounding, name="" + (name_prefix or "data") + ".rounding", definition={'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, rule='type')
            if isinstance(data__rounding, (int, float, Decimal)) and not isinstance(data__rounding, bool):
                if data__rounding < -9:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rounding must be bigger than or equal to -9", value=data__rounding, name="" + (name_prefix or "data") + ".rounding", definition={'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, rule='minimum')
                if data__rounding > 6:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".rounding must be smaller than or equal to 6", value=data__rounding, name="" + (name_prefix or "data") + ".rounding", definition={'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, rule='maximum')
        if "tolerance" in data_keys:
            data_keys.remove("tolerance")
            data__tolerance = data["tolerance"]
            if not isinstance(data__tolerance, (int, float, Decimal)) or isinstance(data__tolerance, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tolerance must be number", value=data__tolerance, name="" + (name_prefix or "data") + ".tolerance", definition={'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, rule='type')
            if isinstance(data__tolerance, (int, float, Decimal)) and not isinstance(data__tolerance, bool):
                if data__tolerance < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tolerance must be bigger than or equal to 0", value=data__tolerance, name="" + (name_prefix or "data") + ".tolerance", definition={'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, rule='minimum')
        if "relative" in data_keys:
            data_keys.remove("relative")
            data__relative = data["relative"]
            if not isinstance(data__relative, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".relative must be boolean", value=data__relative, name="" + (name_prefix or "data") + ".relative", definition={'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, rule='type')
        if "hints" in data_keys:
            data_keys.remove("hints")
            data__hints = data["hints"]
            if not isinstance(data__hints, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hints must be array", value=data__hints, name="" + (name_prefix or "data") + ".hints", definition={'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, rule='type')
            data__hints_is_list = isinstance(data__hints, (list, tuple))
            if data__hints_is_list:
                data__hints_len = len(data__hints)
                for data__hints_x, data__hints_item in enumerate(data__hints):
                    validate____defs_numeric_hint(data__hints_item, custom_formats, (name_prefix or "data") + ".hints[{data__hints_x}]".format(**locals()))
        if "explanation" in data_keys:
            data_keys.remove("explanation")
            data__explanation = data["explanation"]
            if not isinstance(data__explanation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".explanation must be string", value=data__explanation, name="" + (name_prefix or "data") + ".explanation", definition={'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'kind', 'prompt', 'rounding'], 'oneOf': [{'required': ['answer']}, {'required': ['answer_function']}], 'properties': {'id': {'type': 'string', 'pattern': '^[0-9]+\\.[0-9]+$'}, 'kind': {'const': 'numeric'}, 'prompt': {'type': 'string', 'minLength': 1}, 'answer': {'type': 'number'}, 'answer_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'unit': {'type': 'string'}, 'rounding': {'type': 'integer', 'minimum': -9, 'maximum': 6, 'description': 'Decimal places asked for: 0 = whole number, 1 = one decimal place, -3 = nearest thousand. Every answer that rounds to the right value is accepted.'}, 'tolerance': {'type': 'number', 'minimum': 0, 'description': 'Extra allowance beyond rounding, e.g. when a source figure is itself rounded.'}, 'relative': {'type': 'boolean', 'description': 'true: tolerance is a fraction of the answer.'}, 'hints': {'type': 'array', 'items': {'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'$ref': '#/$defs/function'}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'$ref': '#/$defs/text'}}}}, 'explanation': {'type': 'string'}}}, rule='additionalProperties')
    return data

def validate____defs_numeric_hint(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, rule='type')
    data_one_of_count8 = 0
    if data_one_of_count8 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['wrong']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['wrong']}, rule='required')
            data_one_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count8 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['wrong_function']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['wrong_function']}, rule='required')
            data_one_of_count8 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count8 != 1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be valid exactly by one definition" + (" (" + str(data_one_of_count8) + " matches found)"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, rule='oneOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['message']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, rule='required')
        data_keys = set(data.keys())
        if "wrong" in data_keys:
            data_keys.remove("wrong")
            data__wrong = data["wrong"]
            if not isinstance(data__wrong, (int, float, Decimal)) or isinstance(data__wrong, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".wrong must be number", value=data__wrong, name="" + (name_prefix or "data") + ".wrong", definition={'type': 'number', 'description': 'The wrong value this hint is for.'}, rule='type')
        if "wrong_function" in data_keys:
            data_keys.remove("wrong_function")
            data__wrongfunction = data["wrong_function"]
            validate____defs_function(data__wrongfunction, custom_formats, (name_prefix or "data") + ".wrong_function")
        if "tolerance" in data_keys:
            data_keys.remove("tolerance")
            data__tolerance = data["tolerance"]
            if not isinstance(data__tolerance, (int, float, Decimal)) or isinstance(data__tolerance, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tolerance must be number", value=data__tolerance, name="" + (name_prefix or "data") + ".tolerance", definition={'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, rule='type')
            if isinstance(data__tolerance, (int, float, Decimal)) and not isinstance(data__tolerance, bool):
                if data__tolerance <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tolerance must be bigger than 0", value=data__tolerance, name="" + (name_prefix or "data") + ".tolerance", definition={'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, rule='exclusiveMinimum')
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            validate____defs_text(data__message, custom_formats, (name_prefix or "data") + ".message")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['message'], 'additionalProperties': False, 'oneOf': [{'required': ['wrong']}, {'required': ['wrong_function']}], 'properties': {'wrong': {'type': 'number', 'description': 'The wrong value this hint is for.'}, 'wrong_function': {'type': 'string', 'pattern': '^[A-Za-z_][A-Za-z0-9_]*$', 'description': "The name of a function in the file's 'functions' module."}, 'tolerance': {'type': 'number', 'exclusiveMinimum': 0, 'description': 'How close an answer must be to the wrong value (default: sized to the value).'}, 'message': {'type': 'string', 'minLength': 1}}}, rule='additionalProperties')
    return data