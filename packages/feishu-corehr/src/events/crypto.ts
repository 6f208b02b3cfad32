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

/** Decrypts the `encrypt` value of a push to its JSON text. Throws on a wrong key or a damaged value. */
export function decryptFeishuEvent(encrypt: string, encryptKey: string): string {
  const bytes = Buffer.from(encrypt, 'base64');
  if (bytes.length < 32 || bytes.length % 16 !== 0) throw new Error('the encrypted value has an impossible length');
  const decipher = createDecipheriv('aes-256-cbc', aesKey(encryptKey), bytes.subarray(0, 16));
  return Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8');
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
