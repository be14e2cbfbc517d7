import type { ThankYouLetter } from '@shared/letters/thankYou';

/** One letter as it prints: a page of its own, in its language (the fonts and line breaking follow `lang`). */
export function LetterView({ letter }: { letter: ThankYouLetter }) {
  return (
    <article className="letter" lang={letter.lang}>
      {letter.copyNote ? <p className="letter__copy">{letter.copyNote}</p> : null}
      <p className="letter__date">{letter.date}</p>
      <address className="letter__to">
        {letter.addressees.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </address>
      <h2 className="letter__title">{letter.title}</h2>
      {letter.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {letter.learned.map(({ text, untranslated }) => (
        <p key={text} className={untranslated ? 'letter__learned letter__learned--untranslated' : 'letter__learned'}>
          {text}
        </p>
      ))}
      <p>{letter.wish}</p>
      <p className="letter__closing">{letter.closing}</p>
      <p className="letter__signature">
        {letter.signature.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
    </article>
  );
}
