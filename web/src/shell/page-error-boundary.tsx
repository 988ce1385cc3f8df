/** Catches a page that fails to load or render, so the shell stays usable. */
import { Component } from 'react'
import type { ReactNode } from 'react'

interface State {
  failed: boolean
}

/** Shows `fallback` instead of children after a render or chunk-load error. */
export class PageErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  State
> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.error(error)
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
