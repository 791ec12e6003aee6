export function NewCompanyDialog(_props: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  return null;
}
