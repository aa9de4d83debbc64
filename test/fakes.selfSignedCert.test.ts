import { X509Certificate } from 'node:crypto';
import * as https from 'node:https';
import { createTestCertificate } from './fakes/selfSignedCert';

/**
 * The fakes' throwaway certificate must be valid DER whatever its random serial: a serial starting with a zero
 * byte failed a CI run ("error:068000DD:asn1 encoding routines::illegal padding" when the fake Bot Framework
 * login started its HTTPS server).
 */
describe('the fakes’ self-signed certificate', () => {
  it.each([
    ['starting with a zero byte', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07])],
    ['starting with 0x80 (negative if kept)', Buffer.from([0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01])],
    ['all zero', Buffer.alloc(8)],
  ])('with a serial %s, parses and serves HTTPS', (_what, serial) => {
    const { cert, key } = createTestCertificate('serial.test', serial);
    expect(new X509Certificate(cert).subject).toContain('serial.test');
    const server = https.createServer({ cert, key });
    server.close();
  });
});
