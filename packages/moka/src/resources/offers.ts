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
   */
  listCustomFields(options?: RequestOptions): APIPromise<OfferCustomFieldList> {
    return this.client.request(listCustomFields, {}, options);
  }
}
