import { enumWords } from "@/lib/format/enums";

/** A provider's enum value in words, the raw value on hover and in `data-raw` (for tests and support). */
export function EnumText({
  value,
  words,
  className,
}: {
  value: string | null | undefined;
  words?: Readonly<Record<string, string>>;
  className?: string;
}) {
  return (
    <span className={className} title={value ?? undefined} data-raw={value ?? undefined}>
      {enumWords(value, words)}
    </span>
  );
}
