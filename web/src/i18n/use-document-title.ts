/** Sets the browser tab's title while a component is shown. */
import { useEffect } from 'react'

/** Sets `document.title` to the given (already translated) text whenever it changes. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title
  }, [title])
}
