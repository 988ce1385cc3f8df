/** A React hook that loads one API resource and reloads it on demand. */
import { useCallback, useEffect, useState } from 'react'
import { api } from './client.ts'
import type { RequestOptions } from './client.ts'

/** The state of a loaded resource; `reload()` fetches it again. */
export interface ApiResource<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload: () => void
}

/** GETs `path` (with `query`) when the component mounts and whenever path or query change. */
export function useApiGet<T>(path: string, query?: RequestOptions['query']): ApiResource<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(true)
  const [generation, setGeneration] = useState(0)
  const queryKey = JSON.stringify(query ?? {})

  useEffect(() => {
    const controller = new AbortController()
    setLoading(true)
    api.get<T>(path, JSON.parse(queryKey) as RequestOptions['query'], controller.signal).then(
      (result) => {
        setData(result)
        setError(null)
        setLoading(false)
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        setError(cause)
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [path, queryKey, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { data, error, loading, reload }
}
