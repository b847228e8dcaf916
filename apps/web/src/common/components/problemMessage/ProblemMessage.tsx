import { useTranslation } from 'react-i18next';
import { Notification } from '../notification/Notification';
import { ApiError, problemMessageKey } from '../../../domain/app/api/problems';

/**
 * A refusal of the API as the API words it (in the page's language, which the client asks for):
 * its sentence and each field's problem, announced when it appears.
 */
export function ProblemMessage({ error, labels = {} }: { error: unknown; labels?: Record<string, string> }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error : null;
  return (
    <div role="alert" className="error-message" data-testid="problem-message">
      <Notification type="error" label={t(problemMessageKey(error))}>
        {problem?.problem.detail && <p>{problem.problem.detail}</p>}
        {problem && problem.fieldErrors.length > 0 && (
          <ul>
            {problem.fieldErrors.map((field, index) => (
              <li key={`${field.field}-${index}`}>
                {labels[field.field.split(/[.[]/)[0]] ?? field.field}: {field.message}
              </li>
            ))}
          </ul>
        )}
      </Notification>
    </div>
  );
}
