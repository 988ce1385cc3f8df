/** An Apache ECharts chart; the library loads on first use, so pages without charts stay small. */
import { useEffect, useRef, useState } from 'react'
import type { EChartsOption, ECharts } from 'echarts'
import { useI18n } from '../i18n/i18n-provider.tsx'

/** Props of EChart: the ECharts option object, a height and an accessible description. */
export interface EChartProps {
  option: EChartsOption
  ariaLabel: string
  height?: number
  renderer?: 'svg' | 'canvas'
}

/** Renders `option` and re-renders when it changes; resizes with its container. */
export function EChart({ option, ariaLabel, height = 320, renderer = 'svg' }: EChartProps) {
  const { t } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading')

  useEffect(() => {
    let disposed = false
    let observer: ResizeObserver | undefined
    import('echarts').then(
      (echarts) => {
        if (disposed || !box.current) return
        chart.current = echarts.init(box.current, undefined, { renderer })
        observer = new ResizeObserver(() => chart.current?.resize())
        observer.observe(box.current)
        setStatus('ready')
      },
      () => setStatus('failed'),
    )
    return () => {
      disposed = true
      observer?.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
  }, [renderer])

  useEffect(() => {
    if (status !== 'ready') return
    // Respect reduced motion (and make screenshots deterministic): no entry animation then.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    chart.current?.setOption(still ? { ...option, animation: false } : option, { notMerge: true })
  }, [option, status])

  return (
    <figure className="chart" aria-busy={status === 'loading' || undefined}>
      <div ref={box} role="img" aria-label={ariaLabel} style={{ height }} />
      {status !== 'ready' && (
        <figcaption className="chart-status">
          {t(status === 'failed' ? 'chart.failed' : 'chart.loading')}
        </figcaption>
      )}
    </figure>
  )
}
