/** A bar chart (ECharts, SVG) whose bars can be clicked; the dashboards' drill-down entry point. */
import { useEffect, useRef } from 'react'
import type { ECharts, EChartsOption } from 'echarts'

/** Props of BarChart: the option, an accessible label and what a click on a bar does. */
export interface BarChartProps {
  option: EChartsOption
  ariaLabel: string
  onBarClick: (name: string) => void
  height?: number
}

/** Renders `option` and calls `onBarClick` with the category name of the clicked bar. */
export function BarChart({ option, ariaLabel, onBarClick, height = 300 }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const click = useRef(onBarClick)
  click.current = onBarClick
  const latest = useRef(option)
  latest.current = option

  useEffect(() => {
    let disposed = false
    let observer: ResizeObserver | undefined
    void import('echarts').then((echarts) => {
      if (disposed || !box.current) return
      const c = echarts.init(box.current, undefined, { renderer: 'svg' })
      chart.current = c
      c.on('click', (p) => click.current(String(p.name)))
      // The data may have arrived while echarts was loading: draw the latest option.
      c.setOption({ ...latest.current, animation: false }, { notMerge: true })
      observer = new ResizeObserver(() => c.resize())
      observer.observe(box.current)
    })
    return () => {
      disposed = true
      observer?.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
    // The chart is created once; option changes are applied by the effect below.
  }, [])

  useEffect(() => {
    chart.current?.setOption({ ...option, animation: false }, { notMerge: true })
  }, [option])

  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={ariaLabel} style={{ height }} />
    </figure>
  )
}
