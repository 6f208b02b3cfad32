import { type APIPromise, type RequestOptions } from '@hr/core';
import { Resource, defineOperation } from '@hr/core/internal';
import { type OfferCustomFieldList, OfferCustomFieldListSchema } from '../models/offer-custom-field.js';

const listCustomFields = defineOperation({
  id: 'offers.listCustomFields',
  method: 'GET',
  path: '/v1/offers/custom_fields',
  response: OfferCustomFieldListSchema,
});

/** Offers of Moka's API platform. */
export class Offers extends Resource {
  /**
   * Lists the offer custom fields (`GET /offers/custom_fields`): `social` for experienced hires and
   * `campus` for campus recruitment. Each field has an `id`, a `name`, a `type` (1 single-line text,
   * 2 multiple-line text, 3 yes-or-no, 4 year and month, 6 choice, 7 time period, 8 offer associated
   * HC, 9 date, 10 number: see `OFFER_CUSTOM_FIELD_TYPE`), the options of a choice field in `detail`,
   * and `hire_mode` (1 experienced hires, 2 campus: see `HIRE_MODE`).
   *
   * @throws {@link InputValidationError} when an option is out of range; nothing is sent. The page documents
   * no endpoint-specific errors.
   * @throws {@link APIError} for any other failure Moka answers (an HTTP error, or `success: false` on HTTP
   * 200): {@link AuthenticationError} when the key or token is refused (OAuth: after one fresh token),
   * {@link RateLimitError} and {@link ServerError} after the retries, {@link InvalidRequestError}.
   * @throws {@link ConnectionError} when Moka cannot be reached ({@link TimeoutError} when an attempt or the
   * deadline runs out); {@link AbortError} when `options.signal` aborts.
   */
  listCustomFields(options?: RequestOptions): APIPromise<OfferCustomFieldList> {
    return this.client.request(listCustomFields, {}, options);
  }
}
