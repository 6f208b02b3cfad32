import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { type RawBody, sha256Hex } from '@hr/core/webhooks';

// Feishu's event encryption and signature, as "Receive events" documents them:
// https://open.feishu.cn/document/ukTMukTMukTM/uYDNxYjL2QTM24iN0EjN/event-subscription-configure-/encrypt-key-encryption-configuration-case
// - encryption: AES-256-CBC (PKCS#7 padding), key = SHA-256 of the Encrypt Key, the IV is the first
//   16 bytes of the base64-decoded `encrypt` value and the cipher text follows it;
// - signature: X-Lark-Signature = hex SHA-256 of timestamp + nonce + Encrypt Key + raw body.

/** The AES key: SHA-256 of the Encrypt Key. */
function aesKey(encryptKey: string): Buffer {
  return createHash('sha256').update(encryptKey, 'utf8').digest();
}

/** What opening an `encrypt` value gave. */
export interface OpenedCiphertext {
  /** The plaintext, padding removed when it was intact (else the whole decrypted block run). */
  plaintext: string;
  /** Whether the value decrypted with intact PKCS#7 padding. */
  intact: boolean;
}

/**
 * Decrypts an `encrypt` value without throwing and without branching on its padding: the padding is
 * checked in constant time over the last block, and a damaged value goes through the same steps as
 * an intact one. Callers must treat `intact: false` exactly like any other failure. Only a length
 * that cannot be AES-CBC (known to the sender anyway) is refused before decrypting.
 */
export function openFeishuCiphertext(encrypt: string, encryptKey: string): OpenedCiphertext {
  const bytes = Buffer.from(encrypt, 'base64');
  if (bytes.length < 32 || bytes.length % 16 !== 0) return { plaintext: '', intact: false };
  const decipher = createDecipheriv('aes-256-cbc', aesKey(encryptKey), bytes.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]);
  const pad = plain[plain.length - 1]!;
  // bad != 0 unless 1 <= pad <= 16 and the last `pad` bytes all equal pad; no branch on the bytes.
  let bad = ((pad - 1) >>> 31) | ((16 - pad) >>> 31);
  for (let i = 0; i < 16; i++) {
    const inPadding = ((i - pad) >>> 31) & 1; // 1 when i < pad
    bad |= (plain[plain.length - 1 - i]! ^ pad) * inPadding;
  }
  const intact = bad === 0;
  return { plaintext: plain.subarray(0, plain.length - pad * Number(intact)).toString('utf8'), intact };
}

/**
 * Decrypts the `encrypt` value of a push to its JSON text. Throws on a wrong key or a damaged value.
 * Call it only on a push you authenticated (its `X-Lark-Signature` checked): `parseFeishuEvent`
 * never decrypts before that.
 *
 * @throws `Error` when the value cannot be decrypted with this Encrypt Key (a wrong key or a damaged value).
 */
export function decryptFeishuEvent(encrypt: string, encryptKey: string): string {
  const { plaintext, intact } = openFeishuCiphertext(encrypt, encryptKey);
  if (!intact) throw new Error('the encrypted value could not be decrypted with this Encrypt Key');
  return plaintext;
}

/** Encrypts a JSON text the way Feishu does (random IV): the `encrypt` value of a push. For sandboxes and tests. */
export function encryptFeishuEvent(plaintext: string, encryptKey: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', aesKey(encryptKey), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

/** The `X-Lark-Signature` of a push: hex SHA-256 of timestamp + nonce + Encrypt Key + the raw body. */
export function signFeishuEvent(timestamp: string, nonce: string, encryptKey: string, rawBody: RawBody): string {
  return sha256Hex(timestamp, nonce, encryptKey, rawBody);
}
