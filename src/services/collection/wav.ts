/** Writes a mono 16-bit PCM WAV of a tone (the simulated recording); length in samples at 8 kHz. */
export function toneWav(frequencyHz: number, samples: number, sampleRate = 8000): Uint8Array {
  const data = samples * 2
  const buf = Buffer.alloc(44 + data)
  buf.write('RIFF', 0, 'ascii')
  buf.writeUInt32LE(36 + data, 4)
  buf.write('WAVE', 8, 'ascii')
  buf.write('fmt ', 12, 'ascii')
  buf.writeUInt32LE(16, 16)
  buf.writeUInt16LE(1, 20) // PCM
  buf.writeUInt16LE(1, 22) // mono
  buf.writeUInt32LE(sampleRate, 24)
  buf.writeUInt32LE(sampleRate * 2, 28)
  buf.writeUInt16LE(2, 32)
  buf.writeUInt16LE(16, 34)
  buf.write('data', 36, 'ascii')
  buf.writeUInt32LE(data, 40)
  for (let i = 0; i < samples; i++) {
    const v = Math.round(Math.sin((2 * Math.PI * frequencyHz * i) / sampleRate) * 8000)
    buf.writeInt16LE(v, 44 + i * 2)
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length)
}
