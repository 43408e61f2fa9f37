import type { FastifyError, FastifyReply, FastifySchemaValidationError } from 'fastify';
import { ServiceError } from '../service-error';

/** Every refusal has one shape: `{error, message, messageZh}` with a 4xx status. */
export function sendRefusal(reply: FastifyReply, status: number, code: string, message: string, messageZh: string) {
  return reply.code(status).send({ error: code, message, messageZh });
}

/** The first few problems, each `path: message` (`(fields)` for the body itself), as the server words them. */
export function describeValidation(errors: readonly FastifySchemaValidationError[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath.split('/').slice(1).join('.') || '(fields)'}: ${e.message ?? ''}`)
    .join('; ');
}

/** A route's answer to a body or query string its schema refuses: a 400 that says what was wrong. */
export const refuseInvalid =
  (refusal: (issues: string) => ServiceError) =>
  (errors: FastifySchemaValidationError[]): ServiceError =>
    refusal(describeValidation(errors));

export const badRequest = (message: string, messageZh: string): ServiceError =>
  new ServiceError(400, 'request.invalid', message, messageZh);

/**
 * Refusals of the service and the routes as they are; Fastify's own 4xx (unreadable JSON, a body too large,
 * an unknown content type) in the same shape; anything else is the server's fault, answered 500 and logged.
 */
export function refusalHandler(maxPushBytes: number) {
  return (error: FastifyError | ServiceError, reply: FastifyReply) => {
    if (error instanceof ServiceError)
      return sendRefusal(reply, error.status, error.code, error.message, error.messageZh);
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendRefusal(
        reply,
        413,
        'body.tooLarge',
        `Request body over ${maxPushBytes} bytes: send fewer changes at once`,
        '一次发送的数据太多，请分批发送',
      );
    }
    if (status === 429) return reply.code(429).send(error);
    if (status >= 400 && status < 500)
      return sendRefusal(
        reply,
        status,
        error.code ?? 'request.invalid',
        error.message || 'Bad request',
        '请求格式不对',
      );
    reply.log.error(error);
    return sendRefusal(
      reply,
      500,
      'server.error',
      'The server failed; the change is kept and will be sent again',
      '服务器出错，数据已保留，稍后会重新发送',
    );
  };
}
