/**
 * `@trede/core/fhir`: FHIR R4 export: instruments as SDC Questionnaires with scoring expressions, answers as
 * QuestionnaireResponses (and back).
 *
 * @module @trede/core/fhir
 */
export {
  toFhirQuestionnaire,
  scaleExpression,
  answerOptions,
  answerSystem,
  isNumericChoice,
  questionnaireId,
  questionnaireUrl,
  questionnaireCanonical,
  scoreLinkId,
  hintLinkId,
  variableRef,
  FHIR_EXT,
  type FhirQuestionnaire,
  type FhirQuestionnaireItem,
  type FhirQuestionnaireItemType,
  type FhirEnableWhen,
  type FhirAnswerOption,
  type FhirCoding,
  type FhirCodeableConcept,
  type FhirExpression,
  type FhirExtension,
  type FhirPrimitiveExtensions,
} from './questionnaire.js';
export {
  toFhirQuestionnaireResponse,
  fromFhirQuestionnaireResponse,
  INTAKE_IDENTIFIER_SYSTEM,
  type Answers,
  type FhirAnswer,
  type FhirResponseItem,
  type FhirQuestionnaireResponse,
  type ToFhirResponseOptions,
  type FromFhirResponseOptions,
} from './response.js';
