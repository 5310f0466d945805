/**
 * The institution's logo for the documents (issue 14, item 3): chosen once, kept on this device
 * and put at the top of the first page of every draft's documents, with its text alternative.
 * A file that is not a PNG or JPEG of at most 200 KB is refused with the reason, and the logo
 * kept before stays as it was.
 */
import { useId, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import {
  defaultLogoAlt,
  LOGO_LIMIT_TEXT,
  LOGO_MAX_BYTES,
  readLogo,
  type DocumentLogo,
} from '../../domain/job-pack/logo-image';
import {
  institutionSnapshot,
  keepLogo,
  subscribeInstitution,
} from '../../store/institution/institution';

const NO_ROOM = 'This device has no room left to keep the logo. Nothing was changed.';

async function logoFromFile(file: File, alt: string): Promise<string | DocumentLogo> {
  // Note: the size is checked before a byte is read.
  if (file.size > LOGO_MAX_BYTES) {
    return `This image is ${Math.ceil(file.size / 1024)} KB; a logo can be at most ${LOGO_LIMIT_TEXT}. Save a smaller copy and choose it again.`;
  }
  const read = readLogo(new Uint8Array(await file.arrayBuffer()), alt);
  return read.ok ? read.logo : read.message;
}

/** The logo kept on this device, for every draft's documents; null when none. */
export function useInstitutionLogo(): DocumentLogo | null {
  return useSyncExternalStore(subscribeInstitution, institutionSnapshot).logo;
}

interface LogoChooserProps {
  logo: DocumentLogo | null;
  institution: string;
}

export function LogoChooser({ logo, institution }: LogoChooserProps) {
  const inputId = useId();
  const altId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [alt, setAlt] = useState<string | null>(null);
  const altText = alt ?? logo?.alt ?? defaultLogoAlt(institution);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let result: string | DocumentLogo;
    try {
      result = await logoFromFile(file, altText.trim() || defaultLogoAlt(institution));
    } catch {
      result = 'The file could not be read from the disk.';
    }
    input.value = '';
    if (typeof result === 'string') {
      setStatus(null);
      setProblem(`The logo was not changed. ${result}`);
    } else if (!keepLogo(result)) {
      setProblem(NO_ROOM);
    } else {
      setProblem(null);
      setAlt(null);
      setStatus('Logo kept on this device. It is at the top of every document.');
    }
  };

  const onAlt = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    setAlt(text);
    setStatus(null);
    if (!logo || text.trim() === '') return;
    if (!keepLogo({ ...logo, alt: text.trim() })) setProblem(NO_ROOM);
  };

  const onRemove = () => {
    if (!keepLogo(null)) return setProblem(NO_ROOM);
    setProblem(null);
    setAlt(null);
    setStatus('Logo removed. The documents have none.');
  };

  const altMissing = logo !== null && altText.trim() === '';
  return (
    <section className="export-logo" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>Logo on the documents</h3>
      <p className="field-hint" id={`${inputId}-hint`}>
        A PNG or JPEG of at most {LOGO_LIMIT_TEXT}, kept on this device for every draft and put at
        the top of the first page of each document. It never leaves this computer.
      </p>
      {logo ? (
        <>
          <img className="export-logo-preview" src={logo.dataUrl} alt={logo.alt} />
          <div className="field">
            <label className="field-label" htmlFor={altId}>
              Text alternative (read out in place of the logo)
            </label>
            <input
              id={altId}
              type="text"
              required
              maxLength={200}
              value={altText}
              aria-invalid={altMissing || undefined}
              aria-describedby={altMissing ? `${altId}-error` : undefined}
              onChange={onAlt}
            />
            {altMissing ? (
              <p className="field-error" id={`${altId}-error`}>
                Write what the logo says, such as “{defaultLogoAlt(institution)}”. Until then the
                documents keep “{logo.alt}”.
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {logo ? 'Choose another logo' : 'Choose a logo'}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => void onFile(e)}
        />
      </div>
      {logo ? (
        <button type="button" className="button-secondary" onClick={onRemove}>
          Remove logo
        </button>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
